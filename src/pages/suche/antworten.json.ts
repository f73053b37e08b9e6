/** The search's instant answers (src/lib/search/answers.ts): names, topics, places and titles with their pages. */
import type { APIRoute } from 'astro';
import { getAllSections, getRegister } from '#src/lib/report.ts';
import { siteAnswers } from '#src/lib/search/answers-data.ts';
import { packAnswers } from '#src/lib/search/answers.ts';

export const GET: APIRoute = async () => {
  const sections = (await getAllSections()).map(({ section }) => section);
  const answers = packAnswers(siteAnswers(await getRegister(), sections));
  return new Response(JSON.stringify(answers), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
