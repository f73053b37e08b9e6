/** The whole report's citation as a BibTeX file. */
import { reportCitationRoute } from '~/lib/cite/files';

export const { getStaticPaths, GET } = reportCitationRoute('bib');
