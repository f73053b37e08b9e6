/** The programme as open data (src/lib/downloads/programme.ts), described by /programm.schema.json. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { conferenceRoutes } from '~/lib/routes/static-paths';
import { fileResponse, getProgrammeJson } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferenceRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  fileResponse(getProgrammeJson(props.conference), downloadFormats.data.type);
