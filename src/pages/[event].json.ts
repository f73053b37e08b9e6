/** The programme as open data (src/lib/downloads/programme.ts), described by /programm.schema.json. */
import type { APIRoute } from 'astro';
import type { Conference } from '~/lib/report';
import { conferencePaths, fileResponse, getProgrammeJson } from '~/lib/downloads/files';
import { downloadFormats } from '~/lib/downloads/links';

export const getStaticPaths = conferencePaths;

export const GET: APIRoute<{ conference: Conference }> = ({ props }) =>
  fileResponse(getProgrammeJson(props.conference), downloadFormats.data.type);
