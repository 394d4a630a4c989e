/** The advised number of focus areas: fewer is unfocused, more is no choice at all. */
export const FOCUS_AREAS_MIN = 2;
export const FOCUS_AREAS_MAX = 5;
