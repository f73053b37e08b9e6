/** The poster the site draws for a video recording without a poster file (src/lib/materials/poster.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { recordingPosterRoutes } from '~/lib/routes/static-paths';
import { fileResponse } from '~/lib/downloads/files';
import { recordingPoster, renderRecordingPoster } from '~/lib/materials/poster';

export const getStaticPaths = recordingPosterRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { conference, section, source } }) =>
  fileResponse(await renderRecordingPoster(recordingPoster(section, conference, source)), 'image/png');
