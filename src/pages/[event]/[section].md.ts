/** One section as Markdown: title, presenters, address and text (src/lib/downloads/markdown.ts). */
import type { APIRoute } from 'astro';
import type { Conference, ReportSection } from '~/lib/report';
import { fileResponse, getSectionMarkdown, sectionPaths } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = sectionPaths;

export const GET: APIRoute<{ conference: Conference; section: ReportSection }> = async ({ props }) =>
  fileResponse(await getSectionMarkdown(props.conference, props.section), downloadFormats.markdown.type);
