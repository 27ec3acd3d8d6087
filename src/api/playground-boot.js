// Starts GraphiQL with the example tabs (served as /playground/boot.js; plain browser JavaScript).
(function boot() {
  const config = JSON.parse(document.getElementById('playground-config').textContent);
  const fetcher = window.GraphiQL.createFetcher({ url: config.endpoint });
  // The query builder: ticking fields writes the query of the current tab.
  const explorer = window.GraphiQLPluginExplorer.explorerPlugin();
  const root = window.ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    window.React.createElement(window.GraphiQL, {
      fetcher,
      plugins: [explorer],
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: false,
      // Example tabs are the starting point; a user's own edits are kept by GraphiQL in localStorage.
      shouldPersistHeaders: false,
    }),
  );
  openExplorer(`Show ${explorer.title}`);
})();

/**
 * Opens the explorer once GraphiQL has drawn its sidebar, by its own sidebar button. Why not the
 * `visiblePlugin` prop: graphiql 4.1 applies it after the first render, when the plugin pane has
 * already been laid out hidden, so the button shows "Hide" while the pane stays off-screen. If the
 * button never appears (another GraphiQL version), the explorer simply stays one click away.
 */
function openExplorer(label) {
  const started = Date.now();
  const tick = () => {
    const button = [...document.querySelectorAll('.graphiql-sidebar button')].find((b) => b.getAttribute('aria-label') === label);
    if (button) button.click();
    else if (Date.now() - started < 10000) window.requestAnimationFrame(tick);
  };
  window.requestAnimationFrame(tick);
}
