/** The whole report as a typeset PDF (src/lib/downloads/pdf.ts). */
import type { APIRoute } from 'astro';
import type { Conference } from '~/lib/report';
import { conferencePaths, fileResponse, getPdf } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferencePaths;

export const GET: APIRoute<{ conference: Conference }> = async ({ props }) =>
  fileResponse(await getPdf(props.conference), downloadFormats.pdf.type);
