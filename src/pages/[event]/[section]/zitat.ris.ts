/** One section's citation as RIS. */
import type { APIRoute } from 'astro';
import type { Conference, ReportSection } from '~/lib/report';
import { citationResponse, sectionCitationPaths, sectionWork, siteOf } from '~/lib/cite/files';

export const getStaticPaths = sectionCitationPaths;

export const GET: APIRoute<{ conference: Conference; section: ReportSection }> = (context) =>
  citationResponse(sectionWork(context.props.section, context.props.conference, siteOf(context)), 'ris');
