// Closed word lists the analysis needs. They are small and written by hand on purpose: each list
// says what a class of words means to the grader, so a reader can check every decision.

/**
 * Function words: they carry grammar, not an idea, so they never make a key point count. Unlike
 * wink's stop list this keeps words that change a technical meaning ("first", "last", "same",
 * "before", "after", "only", "all", "new").
 */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those there here it its it\'s they them their theirs he him his she her we us our ours you your yours i me my mine ' +
    'be is am are was were been being do does did done doing have has had having will would shall should can could may might must ' +
    'of in on at by for with from to into onto upon about as than then so such too very also just quite rather really ' +
    'and or but if because since while whereas although though unless until when where which who whom whose what why how whether ' +
    'some any each every either both few many much more most less least own other another lot lots thing things something anything ' +
    'get gets got getting make makes made let lets like well even still yet already again ever once ' +
    "one ones s t d ll re ve m 's 're 'll 've 'd 'm instead e.g. i.e. etc eg ie via per basically actually simply generally usually typically maybe perhaps kind sort way"
  ).split(' '),
);

/** Words that turn the next phrase around. */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'none', 'nothing', 'neither', 'nor', 'without', 'cannot', 'nobody', 'nowhere']);
/** Pairs that only look negative: "not only", "not just", "no matter", "no doubt". */
export const NOT_A_NEGATION = new Set(['not only', 'not just', "n't only", "n't just", 'no matter', 'no doubt']);

/** Where a negation's reach ends: the next clause is about something else. */
export const SCOPE_BREAKERS = new Set(['but', 'however', 'so', 'because', 'since', 'although', 'though', 'whereas', 'while', 'instead', 'which', 'unless', 'until', 'then', 'otherwise', 'yet']);

/** Words around a phrase that say the speaker rejects it: a red flag quoted as wrong is not raised. */
export const DISAPPROVAL = new Set([
  'wrong', 'bad', 'avoid', 'mistake', 'naive', 'dangerous', 'broken', 'never', 'not', "n't", 'instead', 'rather', 'problem', 'risk',
  'pitfall', 'anti-pattern', 'antipattern', 'incorrect', 'unsafe', 'fails', 'fail', 'flaw', 'flawed', 'race', 'bug', 'wouldn', 'shouldn',
]);

/**
 * Words of a non-answer: someone saying they cannot or will not answer. An answer made only of
 * these (and function words) has nothing to grade.
 */
export const NON_ANSWER_WORDS = new Set(
  (
    'fine ok okay okey yes yeah yep no nope sure idk dunno know knew clue idea sorry pass skip next n/a na nothing whatever ' +
    'hmm hm um uh er erm lol good great answer question unsure sure certain remember forgot forget understand think guess ' +
    'really honestly here don\'t not never'
  ).split(' '),
);

/** The words of the lorem ipsum filler, which reads like Latin to a letter model. */
export const LOREM_WORDS = new Set(
  (
    'lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
    'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure ' +
    'in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa ' +
    'qui officia deserunt mollit anim id est laborum vestibulum ante primis faucibus orci luctus ultrices posuere cubilia curae donec ' +
    'nec dui mauris vitae quam suspendisse potenti integer tincidunt cras dapibus vivamus elementum semper nisi aenean vulputate ' +
    'eleifend tellus leo ligula porttitor consequat pellentesque habitant morbi tristique senectus netus malesuada fames ac turpis egestas'
  ).split(' '),
);

/**
 * Words so common in technical prose that sharing them says little about the topic. They still
 * count in key points, at a lower weight.
 */
export const GENERIC_WORDS = new Set(
  (
    'use used using user data system value thing need want work works way time good better best bad new old first second ' +
    'make call run set get put take give keep help handle happen case example problem issue part point step number ' +
    'simple easy hard big small large fast slow high low different same important able possible sure right'
  ).split(' '),
);
