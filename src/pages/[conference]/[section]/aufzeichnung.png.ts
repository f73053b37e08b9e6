/** The poster the site draws for a video recording without a poster file (src/lib/materials/poster.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { recordingPosterRoutes } from '#src/lib/routes/static-paths.ts';
import { fileResponse } from '#src/lib/downloads/files.ts';
import { recordingPoster, renderRecordingPoster } from '#src/lib/materials/poster.ts';

export const getStaticPaths = recordingPosterRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { conference, section, source } }) =>
  fileResponse(await renderRecordingPoster(recordingPoster(section, conference, source)), 'image/png');
