/** What photo captions end or start with: 摄, 供图, 图为, ▲ (an arrow pointing at the picture). */
export const CAPTION_MARK = /(摄|供图|资料图|图片由.{1,12}提供|（图）|\(图\))$|^(图为|上图|下图|左图|右图|▲|△)/u;

/** A line ending in a photographer's credit: 游客在园区采摘草莓。 本报记者 王一 摄. */
export const PHOTO_CREDIT_END = /[\p{Script=Han}·]{2,4}\s*摄$/u;
