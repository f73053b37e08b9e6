/** The whole report as an EPUB 3 e-book (src/lib/downloads/epub.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '#src/lib/routes/static-paths.ts';
import { fileResponse, getEpub } from '#src/lib/downloads/files.ts';
import { downloadFormats } from '#src/lib/downloads/links.ts';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getEpub(props.conference), downloadFormats.epub.type);
