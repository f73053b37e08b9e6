/** The whole report as an EPUB 3 e-book (src/lib/downloads/epub.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '~/lib/routes/static-paths';
import { fileResponse, getEpub } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getEpub(props.conference), downloadFormats.epub.type);
