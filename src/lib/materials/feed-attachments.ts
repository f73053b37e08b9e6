/**
 * The files a section carries as the feeds announce them: each material and a recording of the site's
 * own, with absolute address, media type, size and title. RSS lists them as Media RSS `media:content`
 * after the card (the item's one `enclosure` stays the card), JSON Feed as `attachments`. Pure.
 */
import { absoluteUrl } from '#src/lib/addresses/origin.ts';

/** A file attached to a feed item. */
export interface FeedAttachment {
  /** Absolute address. */
  url: string;
  type: string;
  /** Size in bytes. */
  length: number;
  title: string;
  /** Media RSS's `medium`. */
  medium: 'document' | 'image' | 'video' | 'audio';
}

/** The fields of a section's materials and recording the feeds use. */
export interface FeedMediaSection {
  materials?: readonly { title: string; url: string; type: string; bytes: number }[] | undefined;
  recording?:
    | { type: 'file'; title: string; file: { url: string; type: string; bytes: number } }
    | { type: 'platform' | 'link' }
    | undefined;
}

/** Media RSS's word for a file of this media type. */
function mediumOf(type: string): FeedAttachment['medium'] {
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  return 'document';
}

/** A section's files for its feed item, in the order the page lists them. */
export function feedAttachments(section: FeedMediaSection, site: URL | string): FeedAttachment[] {
  const files = (section.materials ?? []).map((material) => ({
    url: absoluteUrl(material.url, site),
    type: material.type,
    length: material.bytes,
    title: material.title,
    medium: mediumOf(material.type),
  }));
  const recording = section.recording;
  if (recording?.type === 'file' && 'file' in recording) {
    files.push({
      url: absoluteUrl(recording.file.url, site),
      type: recording.file.type,
      length: recording.file.bytes,
      title: recording.title,
      medium: mediumOf(recording.file.type),
    });
  }
  return files;
}
