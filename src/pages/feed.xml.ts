/** The report as an RSS 2.0 feed, one item per section, for newsletter tools (see src/lib/feeds/). */
import type { APIRoute } from 'astro';
import { rssFeed } from '~/lib/feeds/formats';
import { reportFeedChannel, reportFeedItems } from '~/lib/feeds/report-feed';

export const GET: APIRoute = async () => {
  const xml = await rssFeed(await reportFeedChannel('rss'), await reportFeedItems());
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
