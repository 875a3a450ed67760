import {defineServerModule} from '../module/define.ts';

/** Reviews: visitors leave them on the company's site pages and the company answers them under /reviews (module company). */
export const reviewsServer = defineServerModule({key: 'reviews'});
