/** The report as a JSON Feed 1.1, one item per section, for newsletter tools (see src/lib/feeds/). */
import type { APIRoute } from 'astro';
import { jsonFeed } from '~/lib/feeds/formats';
import { FEED_PATHS } from '~/lib/feeds/items';
import { reportFeedChannel, reportFeedItems } from '~/lib/feeds/report-feed';

export const GET: APIRoute = async ({ site, url }) => {
  const origin = site ?? url;
  const feed = jsonFeed(await reportFeedChannel(origin, FEED_PATHS.json), await reportFeedItems(origin));
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
