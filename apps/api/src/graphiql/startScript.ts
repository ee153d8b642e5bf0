/**
 * The script that starts GraphiQL on the page. It is served as a file (not inline) so that the
 * Content-Security-Policy can forbid inline scripts; the page passes its options as JSON in a
 * non-executable <script type="application/json">.
 */
export const START_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return config.workers[label] || config.workers.editorWorkerService;
    },
  };
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), config.options);
})();
`;
