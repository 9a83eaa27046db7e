import type { Config } from '../config.js';
import { INK, onWhite, textOn } from './colours.js';

/**
 * Web Chat `styleOptions` for a calm, readable chat in the organisation's colours: large text,
 * roomy bubbles, suggested actions that wrap onto several lines (so a whole 0-10 scale is visible),
 * big touch targets, and colours that keep AA contrast whatever the brand colour is.
 */
export function webChatStyleOptions(config: Config): Record<string, string | number | boolean> {
  const primary = config.BRAND_PRIMARY_COLOR;
  const strong = onWhite(primary);
  return {
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    fontSizeSmall: '90%',
    rootHeight: '100%',
    backgroundColor: '#ffffff',
    accent: strong,
    subtle: '#4a4a4a',
    timestampColor: '#4a4a4a',
    paddingRegular: 12,
    bubbleBackground: '#f1f3f5',
    bubbleTextColor: INK,
    bubbleBorderRadius: 12,
    bubbleMaxWidth: 640,
    bubbleMinHeight: 48,
    bubbleFromUserBackground: primary,
    bubbleFromUserTextColor: textOn(primary),
    bubbleFromUserBorderRadius: 12,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 48,
    suggestedActionBorderRadius: 24,
    suggestedActionBorderWidth: 2,
    suggestedActionBorderColor: strong,
    suggestedActionTextColor: strong,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionsStackedLayoutButtonTextWrap: true,
    hideUploadButton: true,
    sendBoxHeight: 56,
    sendBoxTextColor: INK,
    sendBoxPlaceholderColor: '#5a5a5a',
    sendBoxButtonColor: strong,
  };
}
