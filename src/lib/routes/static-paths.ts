/**
 * The routes' `getStaticPaths`, written once: one page or file per conference (`/[conference]/`, its
 * PDF, EPUB, Markdown, data and citation files), one per report section (its page, Markdown and
 * citation files), one social card per page that has one. Every route of a kind asks the same
 * function and types its props from it: `InferGetStaticPropsType<typeof getStaticPaths>`.
 */
import { getAllSections, getConferences, getRegister } from '#src/lib/report.ts';
import { registerHeads } from '#src/lib/register/heads.ts';
import { allSocialCards, registerCard } from '#src/lib/cards/card-text.ts';
import { publishedFiles } from '#src/lib/materials/resolve.ts';
import { drawnPosterSource } from '#src/lib/materials/poster.ts';

/** Each conference: `params.conference` is its slug, `props.conference` the conference. */
export async function conferenceRoutes() {
  return (await getConferences()).map((conference) => ({
    params: { conference: conference.slug },
    props: { conference },
  }));
}

/** Each section of each conference: `params` the two slugs, `props` the section and its conference. */
export async function sectionRoutes() {
  return (await getAllSections()).map(({ conference, section }) => ({
    params: { conference: conference.slug, section: section.slug },
    props: { conference, section },
  }));
}

/**
 * Each social card: home, site, each report and section, each register entry (its words from the
 * newest conference). `params.card` is the card's name, its address below `/og/`.
 */
export async function cardRoutes() {
  const conferences = await getConferences();
  const [latest] = conferences;
  const register = latest ? registerHeads(await getRegister()).map((head) => registerCard(head, latest)) : [];
  return [...allSocialCards(conferences), ...register].map((card) => ({
    params: { card: card.name },
    props: { card },
  }));
}

/**
 * Each file a section carries (materials, a recording and its captions): `params.file` is its name
 * below the section's `material/` folder, `props.file` where it lies in content/.
 */
export async function materialRoutes() {
  return (await getAllSections()).flatMap(({ conference, section }) =>
    publishedFiles(section).map((file) => ({
      params: { conference: conference.slug, section: section.slug, file: file.fileName },
      props: { file },
    })),
  );
}

/** Each section whose video recording has no poster file (see `drawnPosterSource`): the site draws one. */
export async function recordingPosterRoutes() {
  return (await getAllSections()).flatMap(({ conference, section }) => {
    const source = drawnPosterSource(section.recording);
    return source === undefined
      ? []
      : [
          {
            params: { conference: conference.slug, section: section.slug },
            props: { conference, section, source },
          },
        ];
  });
}
