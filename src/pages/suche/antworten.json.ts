/** The search's instant answers (src/lib/search/answers.ts): names, topics, places and titles with their pages. */
import type { APIRoute } from 'astro';
import { getAllSections, getRegister } from '~/lib/report';
import { siteAnswers } from '~/lib/search/answers-data';
import { packAnswers } from '~/lib/search/answers';

export const GET: APIRoute = async () => {
  const sections = (await getAllSections()).map(({ section }) => section);
  const answers = packAnswers(siteAnswers(await getRegister(), sections));
  return new Response(JSON.stringify(answers), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
