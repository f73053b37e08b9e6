/** The whole report as a typeset PDF (src/lib/downloads/pdf.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '#src/lib/routes/static-paths.ts';
import { fileResponse, getPdf } from '#src/lib/downloads/files.ts';
import { downloadFormats } from '#src/lib/downloads/links.ts';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getPdf(props.conference), downloadFormats.pdf.type);
