/** The whole report as a typeset PDF (src/lib/downloads/pdf.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '~/lib/routes/static-paths';
import { fileResponse, getPdf } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(await getPdf(props.conference), downloadFormats.pdf.type);
