/**
 * Click to load: a recording on a video platform stands as a poster with a link to the platform's
 * page (`[data-recording-play]`). On click the link gives way to the platform's privacy-enhanced
 * player, which starts at once; nothing is requested from the platform before. Without JavaScript
 * the link opens the platform's page. Loaded on the click (see PlatformRecording.astro).
 */
export function embedRecording(link: HTMLAnchorElement): void {
  const frame = link.parentElement;
  const src = frame?.dataset['recordingEmbed'];
  if (!frame || !src) {
    window.location.href = link.href;
    return;
  }
  const player = document.createElement('iframe');
  player.src = src;
  player.title = frame.dataset['recordingTitle'] ?? '';
  player.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
  player.allowFullscreen = true;
  player.referrerPolicy = 'strict-origin-when-cross-origin';
  link.replaceWith(player);
  player.focus();
}
