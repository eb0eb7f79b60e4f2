// Vietnam time lives in the platform (src/platform/i18n/vn-time.ts). This re-export stays only
// for services/submit-application.ts, which another change holds; it goes once that file
// imports the platform's.
export { vnWallClock } from '../../../platform/i18n/vn-time';
