// Imported first by main.tsx, so it runs before any other module of the app.
import { mark, marks } from './marks';

mark(marks.scriptsStart);
