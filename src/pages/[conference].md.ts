/** The whole report as Markdown (src/lib/downloads/markdown.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '~/lib/routes/static-paths';
import { fileResponse, getReportMarkdown } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getReportMarkdown(props.conference), downloadFormats.markdown.type);
