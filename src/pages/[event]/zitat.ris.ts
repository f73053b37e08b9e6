/** The whole report's citation as RIS. */
import type { APIRoute } from 'astro';
import type { Conference } from '~/lib/report';
import { citationResponse, reportCitationPaths, reportWork, siteOf } from '~/lib/cite/files';

export const getStaticPaths = reportCitationPaths;

export const GET: APIRoute<{ conference: Conference }> = (context) =>
  citationResponse(reportWork(context.props.conference, siteOf(context)), 'ris');
