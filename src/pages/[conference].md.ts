/** The whole report as Markdown (src/lib/downloads/markdown.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '#src/lib/routes/static-paths.ts';
import { fileResponse, getReportMarkdown } from '#src/lib/downloads/files.ts';
import { downloadFormats } from '#src/lib/downloads/links.ts';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getReportMarkdown(props.conference), downloadFormats.markdown.type);
