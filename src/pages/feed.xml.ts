/** The report as an RSS 2.0 feed, one item per section, for newsletter tools (see src/lib/feeds/). */
import type { APIRoute } from 'astro';
import { rssFeed } from '#src/lib/feeds/formats.ts';
import { reportFeedChannel, reportFeedItems } from '#src/lib/feeds/report-feed.ts';

export const GET: APIRoute = async () => {
  const xml = await rssFeed(await reportFeedChannel('rss'), await reportFeedItems());
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
