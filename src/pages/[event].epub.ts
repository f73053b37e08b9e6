/** The whole report as an EPUB 3 e-book (src/lib/downloads/epub.ts). */
import type { APIRoute } from 'astro';
import type { Conference } from '~/lib/report';
import { conferencePaths, fileResponse, getEpub } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferencePaths;

export const GET: APIRoute<{ conference: Conference }> = async ({ props }) =>
  fileResponse(await getEpub(props.conference), downloadFormats.epub.type);
