/** Social cards: a 1200×630 PNG for each page, drawn at build time (see src/lib/cards/draw.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getConferences, getRegister } from '~/lib/report';
import { registerHeads } from '~/lib/register/heads';
import { renderSocialCard, type SocialCard } from '~/lib/cards/draw';
import { allSocialCards, registerCard } from '~/lib/cards/card-text';

export const getStaticPaths = (async () => {
  const conferences = await getConferences();
  const [latest] = conferences;
  const register = latest ? registerHeads(await getRegister()).map((head) => registerCard(head, latest)) : [];
  const cards = [...allSocialCards(conferences), ...register];
  return cards.map((card) => ({ params: { card: card.name }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response((await renderSocialCard(props.card)) as BodyInit, {
    headers: { 'content-type': 'image/png' },
  });
