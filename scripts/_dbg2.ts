import { EXTERNAL_PARTY, NEGLECT } from '../shared/coach/lexicon/harms';
const t = "I missed our Monday team meeting because I had put it in my calendar for the wrong week, so my update waited until Thursday.";
console.log(new RegExp(EXTERNAL_PARTY,'i').exec(t), new RegExp(NEGLECT,'i').exec(t));
