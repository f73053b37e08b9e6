/** The whole report as Markdown (src/lib/downloads/markdown.ts). */
import type { APIRoute } from 'astro';
import type { Conference } from '~/lib/report';
import { conferencePaths, fileResponse, getReportMarkdown } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferencePaths;

export const GET: APIRoute<{ conference: Conference }> = async ({ props }) =>
  fileResponse(await getReportMarkdown(props.conference), downloadFormats.markdown.type);
