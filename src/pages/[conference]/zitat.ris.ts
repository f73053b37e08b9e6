/** The whole report's citation as a RIS file. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '~/lib/routes/static-paths';
import { conferenceCitationFile } from '~/lib/cite/files';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => conferenceCitationFile(props.conference, 'ris');
