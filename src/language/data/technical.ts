// English technical terms and brand names that a French message may need (La Sarre §5.7 allows
// required English technical terms). They are neither French nor English evidence for the
// detector, and never a suggestion in a reply. Folded forms.

/**
 * Tolerated English technical terms and platform names (folded).
 *
 * @example
 * ```ts
 * TOLERATED_TECH_TERMS.includes('wi-fi'); //=> true
 * ```
 */
export const TOLERATED_TECH_TERMS: readonly string[] = [
  'wi-fi', 'wifi', 'zoom', 'teams', 'facebook', 'instagram', 'twitter', 'tiktok', 'youtube', 'linkedin',
  'messenger', 'snapchat', 'pinterest', 'whatsapp', 'google', 'gmail', 'outlook', 'hotmail', 'skype', 'webex',
  'netflix', 'iphone', 'ipad', 'android', 'ios', 'windows', 'hashtag', 'hashtags', 'web', 'internet', 'url',
  'pdf', 'usb', 'bluetooth', 'gps', 'sms', 'qr', 'jpeg', 'jpg', 'png', 'gif', 'html', 'app', 'apps', 'emoji',
  'emojis', 'wikipedia', 'ok', 'okay', 'oki', 'lol', 'mdr', 'xd', 'covid', 'covid-19', 'streaming',
  'software', 'hardware', 'reel', 'reels', 'story', 'stories', 'tag', 'tags', 'hockey',
  'baseball', 'soccer', 'softball', 'pickleball', 'skatepark', 'scrabble', 'bingo', 'yoga', 'zumba',
];
