/** The whole report's citation as a RIS file. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '#src/lib/routes/static-paths.ts';
import { conferenceCitationFile } from '#src/lib/cite/files.ts';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => conferenceCitationFile(props.conference, 'ris');
