/** The programme as open data (src/lib/downloads/programme.ts), described by /programm.schema.json. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '#src/lib/routes/static-paths.ts';
import { fileResponse, getProgrammeJson } from '#src/lib/downloads/files.ts';
import { downloadFormats } from '#src/lib/downloads/links.ts';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  fileResponse(getProgrammeJson(props.conference), downloadFormats.data.type);
