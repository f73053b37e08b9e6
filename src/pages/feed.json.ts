/** The report as a JSON Feed 1.1, one item per section, for newsletter tools (see src/lib/feeds/). */
import type { APIRoute } from 'astro';
import { jsonFeed } from '#src/lib/feeds/formats.ts';
import { reportFeedChannel, reportFeedItems } from '#src/lib/feeds/report-feed.ts';

export const GET: APIRoute = async () => {
  const feed = jsonFeed(await reportFeedChannel('json'), await reportFeedItems());
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
