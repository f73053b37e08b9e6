/** One section as Markdown: title, presenters, address and text (src/lib/downloads/markdown.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sectionRoutes } from '#src/lib/routes/static-paths.ts';
import { fileResponse, getSectionMarkdown } from '#src/lib/downloads/files.ts';
import { downloadFormats } from '#src/lib/downloads/links.ts';

export const getStaticPaths = sectionRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getSectionMarkdown(props.conference, props.section), downloadFormats.markdown.type);
