/** The whole report's citation as a RIS file. */
import { reportCitationRoute } from '~/lib/cite/files';

export const { getStaticPaths, GET } = reportCitationRoute('ris');
