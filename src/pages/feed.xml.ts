/** The report as an RSS 2.0 feed, one item per section, for newsletter tools (see src/lib/feeds/). */
import type { APIRoute } from 'astro';
import { rssFeed } from '~/lib/feeds/formats';
import { FEED_PATHS } from '~/lib/feeds/items';
import { reportFeedChannel, reportFeedItems } from '~/lib/feeds/report-feed';

export const GET: APIRoute = async ({ site, url }) => {
  const origin = site ?? url;
  const xml = await rssFeed(await reportFeedChannel(origin, FEED_PATHS.rss), await reportFeedItems(origin));
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
