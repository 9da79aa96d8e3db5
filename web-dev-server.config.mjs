// `npm start`: serves the demo page at http://localhost:8000/ with the built drop-in script and the charters in data/.
export default {
  rootDir: '.',
  port: 8000,
  watch: false,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') context.path = '/dist/demo.html';
      return next();
    },
  ],
};
