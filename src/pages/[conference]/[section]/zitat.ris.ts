/** One section's citation as a RIS file. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { sectionRoutes } from '#src/lib/routes/static-paths.ts';
import { sectionCitationFile } from '#src/lib/cite/files.ts';

export const getStaticPaths = sectionRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  sectionCitationFile(props.section, props.conference, 'ris');
