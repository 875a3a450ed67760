import {defineModule} from '../module/define.ts';
import {reviewMutators} from '../mutators/reviews.ts';

/** Reviews on the public site: left by visitors, published or answered by the company (site.manage). */
export const reviewsModule = defineModule({
  key: 'reviews',
  switch: 'reviews',
  permissions: [],
  mutators: {review: reviewMutators},
  queries: {},
});
