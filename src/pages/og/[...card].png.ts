/** Social cards: a 1200×630 PNG for each page, drawn at build time (see src/lib/cards/draw.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cardRoutes } from '#src/lib/routes/static-paths.ts';
import { renderSocialCard } from '#src/lib/cards/draw.ts';

export const getStaticPaths = cardRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response((await renderSocialCard(props.card)) as BodyInit, {
    headers: { 'content-type': 'image/png' },
  });
