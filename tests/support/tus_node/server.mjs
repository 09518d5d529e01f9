// The official tus Node server (@tus/server with @tus/file-store) as an independent peer for
// the upload client's tests. Usage: node server.mjs DIRECTORY [MAX_SECONDS]
// Listens on 127.0.0.1 on a free port and prints one line "listening PORT" once it accepts
// connections. Stops by itself when its standard input closes (the test ended or died) or after
// MAX_SECONDS (default 300), so it can never outlive a test run.
import {Server, EVENTS} from '@tus/server'
import {FileStore} from '@tus/file-store'

const directory = process.argv[2]
const maxSeconds = Number(process.argv[3] || 300)
if (!directory) {
  console.error('usage: node server.mjs DIRECTORY [MAX_SECONDS]')
  process.exit(2)
}

const server = new Server({
  path: '/files',
  relativeLocation: true,
  datastore: new FileStore({directory, expirationPeriodInMilliseconds: 24 * 3600 * 1000}),
  maxSize: 4 * 1024 ** 3,
})
server.on(EVENTS.POST_FINISH, (req, res, upload) => {
  console.log(`finished ${upload.id} ${upload.offset}`)
})

const http = server.listen({host: '127.0.0.1', port: 0}, () => {
  console.log(`listening ${http.address().port}`)
})

function stop() {
  http.close()
  process.exit(0)
}
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()
setTimeout(stop, maxSeconds * 1000).unref()
