/** One section's citation as a RIS file. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sectionRoutes } from '~/lib/routes/static-paths';
import { sectionCitationFile } from '~/lib/cite/files';

export const getStaticPaths = sectionRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  sectionCitationFile(props.section, props.conference, 'ris');
