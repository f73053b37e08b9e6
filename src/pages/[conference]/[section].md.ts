/** One section as Markdown: title, presenters, address and text (src/lib/downloads/markdown.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sectionRoutes } from '~/lib/routes/static-paths';
import { fileResponse, getSectionMarkdown } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = sectionRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getSectionMarkdown(props.conference, props.section), downloadFormats.markdown.type);
