/** One section's citation as a BibTeX file. */
import { sectionCitationRoute } from '~/lib/cite/files';

export const { getStaticPaths, GET } = sectionCitationRoute('bib');
