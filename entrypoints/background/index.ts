export default defineBackground(() => {
  console.info('Quick Capture for Notion: background started');
});
